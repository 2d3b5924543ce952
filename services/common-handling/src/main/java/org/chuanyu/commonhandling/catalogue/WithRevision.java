package org.chuanyu.commonhandling.catalogue;

/** A representation and the item revision its ETag is made of. */
public record WithRevision<T>(T body, long revision) {
}
