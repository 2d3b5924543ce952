package org.chuanyu.jurisdiction.caller;

import java.util.Set;

/**
 * Which provinces take part in which joint zone. The token check needs this synchronously
 * (a realm may only grant zones that include its province), so it comes from configuration
 * agreed by both provinces; which divisions belong to a zone is the parks service's data.
 */
public interface JointZones {

    /** True when {@code zone} is a known joint zone that includes {@code province}. */
    boolean includes(String zone, Province province);

    /** Every known joint zone that includes {@code province}. */
    Set<String> including(Province province);
}
