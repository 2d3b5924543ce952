package org.chuanyu.commonhandling.catalogue;

import java.time.LocalDate;

/**
 * Which items a list shows: those with a version in force on {@code on}, optionally of one mode or
 * batch, and matching {@code q} on code or names. Null means "any".
 */
public record ItemFilter(LocalDate on, HandlingMode mode, Integer batch, String q) {
}
