package org.chuanyu.jurisdiction.caller;

/** A verified token whose claims contradict each other; the request is answered 401. */
public class InvalidTokenException extends RuntimeException {
    public InvalidTokenException(String message) {
        super(message);
    }
}
