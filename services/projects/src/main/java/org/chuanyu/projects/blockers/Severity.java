package org.chuanyu.projects.blockers;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 小问题不过夜、大问题不过周: small problems by the end of the next working day, big ones within the week. */
@Schema(description = "SMALL: due by the end of the next working day; BIG: due within 7 calendar days (configurable)")
public enum Severity {
    SMALL, BIG
}
