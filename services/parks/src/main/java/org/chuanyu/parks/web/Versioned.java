package org.chuanyu.parks.web;

/** A representation and the version its ETag is made of. */
public record Versioned<T>(T body, long version) {
}
