package org.chuanyu.policy.search;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.policy.TestPolicies.POLICIES;
import static org.chuanyu.policy.TestPolicies.createOk;
import static org.chuanyu.policy.TestPolicies.publish;
import static org.chuanyu.policy.TestPolicies.simple;
import static org.chuanyu.policy.TestPolicies.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chinese full text through character bigrams: a two-character word of a title finds its policy. */
@QuarkusTest
class ChineseSearchTest {

    @Test
    void aTwoCharacterWordOfTheTitleFindsThePolicy() {
        String word = uniqueWord();
        long id = createOk("cq-admin", false, simple("关于" + word + "企业发展的措施"));
        publish("cq-admin", id);
        assertEquals(List.of(id), found("linshui-clerk", word));
        assertEquals(List.of(id), found("linshui-clerk", word + "企业"));
        assertEquals(List.of(), found("linshui-clerk", word + "农业"), "every bigram must occur");
    }

    @Test
    void aDraftIsFoundOnlyByItsProvince() {
        String word = uniqueWord();
        long id = createOk("sc-admin", false, simple("草稿" + word + "检索"));
        assertEquals(List.of(id), found("linshui-clerk", word));
        assertTrue(found("yubei-clerk", word).isEmpty());
    }

    @Test
    void bigramsOfAText() {
        assertEquals(List.of("重庆", "庆市"), Bigrams.queryTerms("重庆市"));
        assertEquals(List.of("渝"), Bigrams.queryTerms("渝"));
        assertEquals(List.of("5g", "产业"), Bigrams.queryTerms("5G产业"));
        assertEquals("川 渝 川渝 cy", Bigrams.indexTerms("川渝", "CY"));
    }

    private static List<Long> found(String account, String q) {
        return as(account).queryParam("q", q).get(POLICIES).then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
    }
}
