package org.chuanyu.commonhandling.catalogue;

/** Item and material codes: lower-case slugs such as {@code yidi-jiuyi-beian}, safe in paths. */
final class ItemCodes {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String SLUG_MESSAGE = "must be a lower-case slug such as yidi-jiuyi-beian";
    static final int MAX_LENGTH = 64;
    /** The one slug no item has: {@code /items/versions} lists the versions of every item. */
    static final String RESERVED = "versions";

    private ItemCodes() {
    }

    static boolean isWellFormed(String code) {
        return code != null && code.length() <= MAX_LENGTH && code.matches(SLUG);
    }
}
