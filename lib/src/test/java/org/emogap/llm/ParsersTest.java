package org.emogap.llm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ParsersTest {
    static final int ADMIRATION = 0, JOY = 17;

    @Test
    void goEmotionsTakesTheArrayBetweenFirstAndLastBracketLowerCased() {
        Parsed p = Parsers.goEmotions("Sure: [\"Admiration\", \" joy\"] done");
        assertEquals(Status.OK, p.status());
        double[] v = p.value();
        assertEquals(1, v[ADMIRATION]);
        assertEquals(1, v[JOY]);
        assertEquals(2, java.util.Arrays.stream(v).sum());
    }

    @Test
    void goEmotionsStatusesNeverBecomeNeutral() {
        assertEquals(Status.EMPTY, Parsers.goEmotions("").status());
        assertEquals(Status.EMPTY, Parsers.goEmotions(null).status());
        assertEquals(Status.EMPTY, Parsers.goEmotions("[]").status());
        assertEquals(Status.UNPARSEABLE, Parsers.goEmotions("joy and admiration").status());
        assertEquals(Status.UNPARSEABLE, Parsers.goEmotions("[joy, admiration]").status());
        assertEquals(Status.REFUSED, Parsers.goEmotions("I'm sorry, but I can't help with that.").status());
        Parsed u = Parsers.goEmotions("[\"joy\", \"happiness\"]");
        assertEquals(Status.UNKNOWN_LABEL, u.status());
        assertEquals(1, u.value()[JOY]);   // kept for the paper's mapping
        assertEquals("unknown: happiness", u.detail());
    }

    @Test
    void emoBankJsonThenPatternsClampedLikeThePaper() {
        assertArrayEquals(new double[]{3.2, 2.8, 3.0}, Parsers.emoBank("{\"V\": 3.2, \"A\": 2.8, \"D\": 3.0}").value());
        // 5.4 is inside [0.5, 5.5] so it is clamped to 5; 0.7 to 1
        assertArrayEquals(new double[]{5, 1, 3}, Parsers.emoBank("V: 5.4, A: 0.7, D=3").value());
        assertEquals(Status.UNPARSEABLE, Parsers.emoBank("{\"V\": 7, \"A\": 2, \"D\": 3}").status());
        assertEquals(Status.UNPARSEABLE, Parsers.emoBank("{\"V\": 3, \"A\": 2}").status());
        assertEquals(Status.EMPTY, Parsers.emoBank("  ").status());
        assertEquals(Status.REFUSED, Parsers.emoBank("I cannot rate this text.").status());
        // cut off mid-number: never read as D = 3.0
        assertEquals(Status.TRUNCATED, Parsers.emoBank("{\"V\": 3.4, \"A\": 2.9, \"D\": 3").status());
        ChatResponse atCap = new ChatResponse(200, "{\"V\": 3.4, \"A\": 2.9, \"D\": 3.1}", null, "length", 10, 200, null);
        assertEquals(Status.TRUNCATED, Parsers.parse("emobank", Mode.SAMPLE, atCap).status());
        ChatResponse claudeCap = new ChatResponse(200, "[\"joy\"]", null, "max_tokens", 10, 200, null);
        assertEquals(Status.TRUNCATED, Parsers.parse("goemotions", Mode.SAMPLE, claudeCap).status());
        ChatResponse filtered = new ChatResponse(200, "", null, "content_filter", 10, 0, null);
        assertEquals(Status.REFUSED, Parsers.parse("goemotions", Mode.SAMPLE, filtered).status());
    }

    @Test
    void verbalizedDistributionIsRenormalised() {
        Parsed p = Parsers.goEmotionsVerbalized("{\"joy\": 0.6, \"admiration\": 0.2}");
        assertEquals(Status.OK, p.status());
        // 0.6/0.8 = 0.75, 0.2/0.8 = 0.25
        assertEquals(0.75, p.value()[JOY], 1e-12);
        assertEquals(0.25, p.value()[ADMIRATION], 1e-12);
        assertEquals("sum 0.800 renormalised", p.detail());
        assertEquals(Status.UNKNOWN_LABEL, Parsers.goEmotionsVerbalized("{\"glee\": 1}").status());
        Parsed vad = Parsers.emoBankVerbalized("{\"V\": {\"3\": 1}, \"A\": {\"1\": 0.5, \"2\": 0.5}, \"D\": {\"4\": 2, \"5\": 2}}");
        assertEquals(Status.OK, vad.status());
        // expected ratings: V 3, A 1.5, D 4.5
        assertArrayEquals(new double[]{3, 1.5, 4.5}, Parsers.expectedVad(vad.value()), 1e-12);
    }

    @Test
    void logprobsSplitSharedPrefixesAndDropNonLabels() {
        // alternatives: "joy" p=0.5, "dis" p=0.3 (disappointment, disapproval, disgust), "The" p=0.2
        var tok = new ChatResponse.Token("joy", Math.log(0.5), List.of(new ChatResponse.Alt("joy", Math.log(0.5)),
                new ChatResponse.Alt("dis", Math.log(0.3)), new ChatResponse.Alt("The", Math.log(0.2))));
        Parsed p = Parsers.goEmotionsLogprobs("joy", List.of(tok));
        assertEquals(Status.OK, p.status());
        // kept mass 0.8: joy 0.5/0.8 = 0.625; each dis* label 0.1/0.8 = 0.125
        assertEquals(0.625, p.value()[JOY], 1e-12);
        assertEquals(0.125, p.value()[Parsers.GOEMOTIONS.indexOf("disgust")], 1e-12);
        assertEquals(Status.UNPARSEABLE, Parsers.goEmotionsLogprobs("joy", List.of()).status());
    }

    @Test
    void emoBankLogprobsReadsThreeDigitPositions() {
        var toks = List.of(new ChatResponse.Token("{\"", 0, List.of()),
                new ChatResponse.Token("3", Math.log(0.6), List.of(new ChatResponse.Alt("3", Math.log(0.6)), new ChatResponse.Alt("4", Math.log(0.2)))),
                new ChatResponse.Token("2", 0, List.of()),
                new ChatResponse.Token("5", 0, List.of()));
        Parsed p = Parsers.emoBankLogprobs("{\"V\": 3, \"A\": 2, \"D\": 5}", toks);
        // V: 3 with 0.75, 4 with 0.25 -> 3.25; A: 2; D: 5
        assertArrayEquals(new double[]{3.25, 2, 5}, Parsers.expectedVad(p.value()), 1e-12);
    }

    @Test
    void providerRefusalWins() {
        assertEquals(Status.REFUSED, Parsers.parse("goemotions", Mode.SAMPLE,
                new ChatResponse(200, "[\"joy\"]", null, "refusal", 1, 1, null)).status());
        assertEquals(Status.REFUSED, Parsers.parse("emobank", Mode.SAMPLE,
                new ChatResponse(200, null, "I can't", "stop", 1, 1, null)).status());
    }
}
