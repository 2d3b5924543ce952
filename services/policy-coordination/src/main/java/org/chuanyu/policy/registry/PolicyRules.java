package org.chuanyu.policy.registry;

import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.validation.Violations;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks a policy's content must pass before anything is stored, collected into one 400 that
 * names every field: Bean Validation's constraints plus the rules that span fields.
 */
public final class PolicyRules {

    private static final Pattern DIVISION = Pattern.compile("\\d{6}");
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private PolicyRules() {
    }

    /** {@code currentYear}: the business year now; a document number cannot be of a later one. */
    public static Violations check(Validator validator, PolicyContent content, String prefix, int currentYear) {
        Violations errors = new Violations();
        errors.addAll(prefix, validator.validate(content));
        String numberProblem = DocumentNumbers.problem(content.documentNumber(), currentYear);
        if (numberProblem != null) {
            errors.add(Violations.join(prefix, "documentNumber"), numberProblem);
        }
        if (content.validFrom() != null && content.validTo() != null && content.validTo().isBefore(content.validFrom())) {
            errors.add(Violations.join(prefix, "validTo"), "must not be before validFrom");
        }
        checkApplicability(content.applicability(), Violations.join(prefix, "applicability"), errors);
        List<Benefit> benefits = content.benefits();
        for (int i = 0; i < benefits.size(); i++) {
            Benefit b = benefits.get(i);
            if (b == null) {
                continue;
            }
            String at = Violations.join(prefix, "benefits[" + i + "]");
            if (b.amount() != null && (b.amountMin() != null || b.amountMax() != null)) {
                errors.add(Violations.join(at, "amount"), "give either an amount or a range (amountMin, amountMax), not both");
            }
            if ((b.amountMin() == null) != (b.amountMax() == null)) {
                errors.add(Violations.join(at, b.amountMin() == null ? "amountMin" : "amountMax"), "a range needs both ends");
            }
            if (b.amountMin() != null && b.amountMax() != null && b.amountMax().compareTo(b.amountMin()) < 0) {
                errors.add(Violations.join(at, "amountMax"), "must not be below amountMin");
            }
        }
        return errors;
    }

    private static void checkApplicability(Applicability a, String at, Violations errors) {
        for (int i = 0; i < a.provinces().size(); i++) {
            if (Province.ofRealm(a.provinces().get(i)).isEmpty()) {
                errors.add(at + ".provinces[" + i + "]", "must be sichuan or chongqing");
            }
        }
        for (int i = 0; i < a.districts().size(); i++) {
            String d = a.districts().get(i);
            if (!DIVISION.matcher(d).matches() || Province.ofDivision(d).isEmpty()) {
                errors.add(at + ".districts[" + i + "]", "must be a six-digit GB/T 2260 code of Sichuan (51…) or Chongqing (50…)");
            }
        }
        codes(a.zones(), at + ".zones", errors);
        codes(a.parks(), at + ".parks", errors);
        codes(a.industries(), at + ".industries", errors);
        BigDecimal min = a.minimumInvestment();
        if (min != null && min.signum() < 0) {
            errors.add(at + ".minimumInvestment", "must not be negative");
        }
    }

    private static void codes(List<String> values, String at, Violations errors) {
        for (int i = 0; i < values.size(); i++) {
            if (!CODE.matcher(values.get(i)).matches()) {
                errors.add(at + "[" + i + "]", "must be a lower-case code such as gaozhu or new-materials");
            }
        }
    }
}
