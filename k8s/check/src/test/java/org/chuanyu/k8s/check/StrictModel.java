package org.chuanyu.k8s.check;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses one rendered object with fabric8's typed Kubernetes model and refuses what the model does not know.
 *
 * <p>fabric8 is lenient on purpose: a field it does not know (a typo such as {@code readinesProbe}, a field in the
 * wrong place) lands in the object's {@code additionalProperties} instead of failing, and the API server would
 * silently drop it. So after parsing, every model object in the tree must have no additional properties; that is
 * what makes the parse strict. Kinds the model does not know come back as {@link GenericKubernetesResource}; those
 * are only accepted for the custom resources the caller names (and checked by their own rules).
 */
final class StrictModel {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private StrictModel() {
    }

    static HasMetadata parse(String yamlDocument) {
        Object parsed = SERIALIZATION.unmarshal(yamlDocument);
        if (!(parsed instanceof HasMetadata object)) {
            throw new IllegalArgumentException("not a Kubernetes object: " + yamlDocument.lines().limit(3).toList());
        }
        return object;
    }

    /** Paths of every field the typed model did not recognise, e.g. {@code spec.template.spec.containers[0].readinesProbe}. */
    static List<String> unknownFields(Object object) {
        List<String> unknown = new ArrayList<>();
        walk(object, "", unknown, new IdentityHashMap<>());
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (value == null || isLeaf(value) || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            // Maps in the model are free-form by design (labels, annotations, ConfigMap data, selectors).
            map.forEach((k, v) -> walk(v, path + "[" + k + "]", unknown, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (!isGetter(getter)) {
                continue;
            }
            Object property = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> unknown.add(join(path, String.valueOf(k))));
                }
                continue;
            }
            walk(property, join(path, propertyName(getter)), unknown, seen);
        }
    }

    private static boolean isLeaf(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof Quantity || value instanceof IntOrString
                || value instanceof Class<?>;
    }

    private static boolean isGetter(Method m) {
        return Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                && m.getParameterCount() == 0 && m.getName().startsWith("get")
                && !m.getName().equals("getClass") && m.getDeclaringClass().getName().startsWith("io.fabric8.")
                && !Set.of("getPlural", "getSingular", "getFullResourceName", "getKind", "getApiVersion")
                        .contains(m.getName());
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null; // derived accessors that do not apply to this object; its fields are read by the others
        }
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
