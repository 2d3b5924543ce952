package org.chuanyu.e2e.contract;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.net.URI;
import java.util.List;

/**
 * Holds every RestAssured answer from the gateway's API to the contract (the sweep's probe and most tests use
 * RestAssured). A violation fails the request's test at once, unless {@code -Dcontract.collect=true} asks for the
 * whole list first (printed when the run ends).
 */
public final class ContractFilter implements Filter {

    private final String gateway;

    public ContractFilter(String gateway) {
        this.gateway = gateway;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (Checks.appliesTo(gateway, uri)) {
            String type = response.contentType();
            boolean json = type != null && (type.startsWith("application/json") || type.contains("+json"));
            List<String> wrong = Contract.of(gateway).check(request.getMethod(), uri.getRawPath(), response.statusCode(),
                    type, json ? response.asString() : "");
            Checks.report(wrong);
        }
        return response;
    }
}
