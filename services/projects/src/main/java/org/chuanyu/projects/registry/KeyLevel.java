package org.chuanyu.projects.registry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the project is on a key-project list (重点项目), and whose. */
@Schema(description = "NONE, CITY (市级重点项目) or PROVINCE (省级重点项目)")
public enum KeyLevel {
    NONE, CITY, PROVINCE
}
