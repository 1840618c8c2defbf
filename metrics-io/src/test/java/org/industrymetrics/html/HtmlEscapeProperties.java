package org.industrymetrics.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The law of escaping: any text, put in an element and in an attribute, parses back to itself. */
class HtmlEscapeProperties {

    @Property(tries = 300)
    void escapedText_parsesBackToItself(
            @ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '~') @CharRange(from = '\u00a0', to = '\ud7ff')
            @Chars({'<', '>', '&', '"', '\'', '\n', '\t'}) String text) {
        Html h = new Html(64);
        h.raw("<p").attr("title", text).raw('>').text(text).raw("</p><svg><title>").text(text).raw("</title></svg>");
        Document doc = Jsoup.parse(h.toString());
        Element p = doc.selectFirst("p");
        assertEquals(text, p.wholeText());
        assertEquals(text, p.attr("title"));
        assertEquals(text, doc.selectFirst("svg title").wholeText());
    }
}
