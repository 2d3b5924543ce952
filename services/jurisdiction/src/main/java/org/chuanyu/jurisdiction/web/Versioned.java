package org.chuanyu.jurisdiction.web;

/** A representation and the version its ETag is made of ({@link ETags#of}): what a use case hands its resource. */
public record Versioned<T>(T body, long version) {
}
