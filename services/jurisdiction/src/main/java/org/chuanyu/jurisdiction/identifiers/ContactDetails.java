package org.chuanyu.jurisdiction.identifiers;

/**
 * An applicant's contact (a telephone number, as a rule) as shown to those who may not see it in full:
 * the first three and the last four characters, as Chinese public services mask a mobile number
 * ({@code 138****0000}), so that the network prefix and the ending can be checked with the applicant.
 */
public final class ContactDetails {

    private static final int HEAD = 3;
    private static final int TAIL = 4;

    private ContactDetails() {
    }

    /** The masked contact; one of seven characters or fewer is masked whole; null stays null. */
    public static String masked(String contact) {
        if (contact == null) {
            return null;
        }
        int length = contact.codePointCount(0, contact.length());
        if (length <= HEAD + TAIL) {
            return "*".repeat(length);
        }
        int headEnd = contact.offsetByCodePoints(0, HEAD);
        int tailStart = contact.offsetByCodePoints(contact.length(), -TAIL);
        return contact.substring(0, headEnd) + "*".repeat(length - HEAD - TAIL) + contact.substring(tailStart);
    }
}
