package org.chuanyu.jurisdiction.directory;

import org.chuanyu.jurisdiction.caller.Caller;

/**
 * An account as the directory finds it again: a person by realm and user name (unique within a realm), a system by
 * realm and client id.
 */
public record Account(String realm, String username, String clientId, boolean system) {

    public static Account of(Caller caller) {
        return new Account(caller.province().realm(), caller.username(), caller.clientId(), caller.isSystem());
    }

    public boolean is(Caller caller) {
        return realm.equals(caller.province().realm()) && username.equals(caller.username());
    }
}
