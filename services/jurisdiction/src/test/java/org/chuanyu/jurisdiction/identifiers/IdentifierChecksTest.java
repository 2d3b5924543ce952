package org.chuanyu.jurisdiction.identifiers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Check characters per GB 11643 and GB 32100, against the standards' published samples. */
class IdentifierChecksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "511623199001011238", "500112198512310041",
            // 512301: Fuling's code before Chongqing became a municipality (1997); the number keeps it.
            "51230119800101123X", "710000198001011232", "820000198001011238"})
    void validResidentIdNumbers(String number) {
        assertTrue(ResidentIdNumber.parse(number, TODAY).isValid(), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999199001011238", "100000198001011239", "83000019800101123X", "000000198001011230"})
    void anAddressCodeOfNoProvinceIsRefusedWhateverItsCheckDigit(String number) {
        String fixed = number.substring(0, 17) + ResidentIdNumber.checkCharacter(number);
        assertEquals("must begin with the code of a province-level division (GB/T 2260), such as 51 or 50",
                ResidentIdNumber.parse(fixed, TODAY).problem(), fixed);
    }

    @Test
    void residentIdNumberProblemsAreNamed() {
        assertEquals("has a wrong check digit", ResidentIdNumber.parse("511623199001011237", TODAY).problem());
        assertEquals("contains an impossible birth date", ResidentIdNumber.parse("511623199002301230", TODAY).problem());
        assertEquals("contains a birth date that cannot be right", ResidentIdNumber.parse("511623209901011230", TODAY).problem());
        assertFalse(ResidentIdNumber.parse("51162319900101123", TODAY).isValid(), "17 characters");
        assertFalse(ResidentIdNumber.parse("５１１６２３１９９００１０１１２３８", TODAY).isValid(), "full-width digits");
        assertFalse(ResidentIdNumber.parse(null, TODAY).isValid());
    }

    @Test
    void aContactShowsItsFirstThreeAndLastFourCharacters() {
        assertEquals("138****0000", ContactDetails.masked("13800000000"));
        assertEquals("023*****1234", ContactDetails.masked("023-67891234"));
        assertEquals("*******", ContactDetails.masked("1234567"));
        assertEquals("张先生*******0000", ContactDetails.masked("张先生13800000000"), "counted in characters, not bytes");
        assertEquals(null, ContactDetails.masked(null));
    }

    @Test
    void residentIdNumberIsMaskedWhenShownOrLogged() {
        ResidentIdNumber id = ResidentIdNumber.parse("511623199001011238", TODAY).number().orElseThrow();
        assertEquals("5116**********1238", id.masked());
        assertEquals("5116**********1238", id.toString(), "toString never leaks the full number into logs");
        assertEquals(LocalDate.of(1990, 1, 1), id.birthDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"91110000600037341L", "91500153MA5U7AB1XJ", "91511623ma62k3qp05"})
    void validCreditCodes(String code) {
        assertTrue(UnifiedSocialCreditCode.parse(code).isValid(), code);
    }

    @Test
    void creditCodeProblemsAreNamed() {
        assertEquals("has a wrong check character", UnifiedSocialCreditCode.parse("91110000600037341M").problem());
        assertFalse(UnifiedSocialCreditCode.parse("91110000600O37341L").isValid(), "letter O is not in the alphabet");
        assertFalse(UnifiedSocialCreditCode.parse("91AB0000600037341L").isValid(), "division code not digits");
        assertEquals("500153", UnifiedSocialCreditCode.parse("91500153MA5U7AB1XJ").code().orElseThrow().division());
    }
}
