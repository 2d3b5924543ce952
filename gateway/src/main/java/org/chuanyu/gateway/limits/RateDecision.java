package org.chuanyu.gateway.limits;

/**
 * One take from a bucket, and what to tell the client about it ({@code RateLimit-*} headers).
 *
 * @param limit              the bucket's size
 * @param remaining          whole requests left right now
 * @param resetSeconds       seconds until the bucket is full again
 * @param retryAfterSeconds  for a refused request, seconds until one request is allowed (at least 1)
 */
public record RateDecision(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
}
