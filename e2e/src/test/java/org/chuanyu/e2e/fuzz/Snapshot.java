package org.chuanyu.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import org.chuanyu.e2e.fuzz.ApiDocument.Operation;
import org.chuanyu.e2e.hostile.Hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cheap view of what a write could change, taken before it and again after it was refused; the two must be equal.
 * <ul>
 *   <li>A write under a record ({@code /parks/{code}/…}): that record's GET (status, ETag, body) and, when the
 *   document has one, the GET of the written path itself (the child list a POST would add to).</li>
 *   <li>A create on a collection whose body names the new record ({@code code}): the GET of that record.</li>
 *   <li>Any other create (or action on a collection without a list of its own, like
 *   {@code POST /api/divisions/changes}: the collection above it): the number of items of the collection's list as the same account sees it, filtered by
 *   the list's query parameters that the body also carries (e.g. documentNumber, acceptingDistrict); a list longer
 *   than {@value #MAX_PAGES} pages is not counted (reported as unchecked).</li>
 * </ul>
 * Fields that move with the clock, not with writes, and the request id are left out of the comparison.
 */
public final class Snapshot {

    static final int MAX_PAGES = 5;
    static final int PAGE = 100;

    /** The view, and the ETag of the target record when there is one (for If-Match). */
    public record View(String text, String etag, boolean checked) {
    }

    private final Hostile hostile;
    private final List<Operation> operations;
    private final Set<String> gets = new java.util.HashSet<>();

    public Snapshot(Hostile hostile, List<Operation> operations) {
        this.hostile = hostile;
        this.operations = operations;
        operations.stream().filter(o -> o.method().equals("GET")).forEach(o -> gets.add(o.template()));
    }

    public View take(Operation op, String path, String token, JsonNode body) {
        int firstParameter = op.template().indexOf('{');
        if (firstParameter >= 0) {
            int depth = op.template().substring(0, op.template().indexOf('}', firstParameter)).split("/").length;
            String[] segments = path.split("/");
            String root = String.join("/", java.util.Arrays.copyOf(segments, Math.min(depth, segments.length)));
            StringBuilder text = new StringBuilder();
            String etag = get(root, token, text);
            if (!root.equals(path) && gets.contains(op.template())) {
                get(path, token, text);
            }
            return new View(text.toString(), etag, true);
        }
        JsonNode code = body == null ? null : body.get("code");
        if (code != null && code.isTextual() && hasChildGet(op.template())) {
            StringBuilder text = new StringBuilder();
            String etag = get(op.template() + "/" + URLEncoder.encode(code.asText(), StandardCharsets.UTF_8), token, text);
            return new View(text.toString(), etag, true);
        }
        String list = op.template();
        if (!gets.contains(list)) {
            // An action on a collection (POST /api/divisions/changes): the collection it acts on.
            list = list.substring(0, list.lastIndexOf('/'));
        }
        if (!gets.contains(list)) {
            return new View("", null, false);
        }
        return count(list, token, body);
    }

    private boolean hasChildGet(String template) {
        return gets.stream().anyMatch(g -> g.startsWith(template + "/{") && g.indexOf('/', template.length() + 1) < 0);
    }

    private View count(String template, String token, JsonNode body) {
        StringBuilder filter = new StringBuilder("?limit=" + PAGE);
        Operation list = null;
        for (Operation o : operations) {
            if (o.method().equals("GET") && o.template().equals(template)) {
                list = o;
            }
        }
        if (list != null && body != null) {
            for (ApiDocument.Parameter p : list.query()) {
                String value = find(body, p.name());
                if (value != null && !p.name().equals("limit") && !p.name().equals("cursor")) {
                    filter.append('&').append(p.name()).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        }
        int total = 0;
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            Hostile.Answer a = hostile.send("snapshot", "count", "GET", template + filter
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), token, null, null, Map.of());
            if (a.status() != 200) {
                return new View("list " + a.status(), null, false);
            }
            JsonNode json = a.json();
            total += json.path("items").size();
            cursor = json.hasNonNull("nextCursor") ? json.get("nextCursor").asText() : null;
            if (cursor == null) {
                return new View("count " + total, null, true);
            }
        }
        return new View("more than " + MAX_PAGES + " pages", null, false);
    }

    /** A textual value of a field named {@code name} (or {@code name + "Code"}) anywhere in the body. */
    static String find(JsonNode node, String name) {
        if (node.isObject()) {
            for (String key : List.of(name, name + "Code")) {
                JsonNode v = node.get(key);
                if (v != null && v.isTextual()) {
                    return v.asText();
                }
            }
            Iterator<JsonNode> children = node.elements();
            while (children.hasNext()) {
                String found = find(children.next(), name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private String get(String path, String token, StringBuilder into) {
        Hostile.Answer a = hostile.send("snapshot", "GET", "GET", path, token, null, null, Map.of());
        into.append(path).append(' ').append(a.status()).append(' ').append(a.etag()).append('\n')
                .append(stable(a.body())).append('\n');
        return a.etag();
    }

    /** Fields that move with time or per request, not with writes. */
    static String stable(String body) {
        return body.replaceAll("\"requestId\"\\s*:\\s*\"[^\"]*\"", "")
                .replaceAll("\"workingDaysRemaining\":-?\\d+", "")
                .replaceAll("\"allowedActions\":\\[[^]]*]", "");
    }
}
