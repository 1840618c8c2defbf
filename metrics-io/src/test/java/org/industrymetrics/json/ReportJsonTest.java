package org.industrymetrics.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.industrymetrics.check.CheckId;
import org.industrymetrics.check.Finding;
import org.industrymetrics.check.Report;
import org.industrymetrics.check.Verdict;
import org.industrymetrics.csv.ReportCsv;
import org.industrymetrics.figure.Interval;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    static final Finding GROWTH = Finding.builder().check(CheckId.GROWTH).verdict(Verdict.INCONSISTENT)
            .addObservations("yibin-income-growth-2022", "yibin-income-2022", "yibin-income-2021")
            .stated(Interval.closed(new BigDecimal("58.65"), new BigDecimal("58.75")))
            .derived(Interval.closed(new BigDecimal("58.6455"), new BigDecimal("58.6480")))
            .unit("%").margin(new BigDecimal("0.0020")).marginUnit("pp")
            .message("163.522 / 103.073 - 1 = 58.647 %, stated 58.7 %").build();
    static final Finding OVER = Finding.builder().check(CheckId.SHARE).verdict(Verdict.CONSISTENT)
            .addObservations("signed-manufacturing-share")
            .stated(Interval.openClosed(new BigDecimal("85"), new BigDecimal("94")))
            .derived(Interval.greaterThan(new BigDecimal("80")))
            .unit("%").margin(BigDecimal.ZERO).marginUnit("pp").message("over 210 / nearly 250 = (84, +inf) %, stated over 85 %").build();
    static final Finding NO_RATE = Finding.builder().check(CheckId.FX).verdict(Verdict.UNDETERMINED)
            .addObservations("findreams-cny", "findreams-usd").unit("billion USD")
            .message("no USD/CNY rate for 2023").build();
    static final Report REPORT = Report.of(List.of(NO_RATE, OVER, GROWTH));

    @Test
    void test_toJson_layoutOfFormat() {
        assertEquals("{\n"
                + "  \"findings\": [\n"
                + "    {\n"
                + "      \"check\": \"share\",\n"
                + "      \"verdict\": \"CONSISTENT\",\n"
                + "      \"observations\": [\"signed-manufacturing-share\"],\n"
                + "      \"stated\": {\"low\": \"85\", \"high\": \"94\", \"lowOpen\": true, \"unit\": \"%\"},\n"
                + "      \"derived\": {\"low\": \"80\", \"high\": null, \"lowOpen\": true, \"unit\": \"%\"},\n"
                + "      \"margin\": \"0\",\n"
                + "      \"unit\": \"pp\",\n"
                + "      \"message\": \"over 210 / nearly 250 = (84, +inf) %, stated over 85 %\"\n"
                + "    },\n"
                + "    {\n"
                + "      \"check\": \"growth\",\n"
                + "      \"verdict\": \"INCONSISTENT\",\n"
                + "      \"observations\": [\"yibin-income-growth-2022\", \"yibin-income-2022\", \"yibin-income-2021\"],\n"
                + "      \"stated\": {\"low\": \"58.65\", \"high\": \"58.75\", \"unit\": \"%\"},\n"
                + "      \"derived\": {\"low\": \"58.6455\", \"high\": \"58.648\", \"unit\": \"%\"},\n"
                + "      \"margin\": \"0.0020\",\n"
                + "      \"unit\": \"pp\",\n"
                + "      \"message\": \"163.522 / 103.073 - 1 = 58.647 %, stated 58.7 %\"\n"
                + "    },\n"
                + "    {\n"
                + "      \"check\": \"fx\",\n"
                + "      \"verdict\": \"UNDETERMINED\",\n"
                + "      \"observations\": [\"findreams-cny\", \"findreams-usd\"],\n"
                + "      \"unit\": \"billion USD\",\n"
                + "      \"message\": \"no USD/CNY rate for 2023\"\n"
                + "    }\n"
                + "  ],\n"
                + "  \"summary\": {\n"
                + "    \"consistent\": 1,\n"
                + "    \"inconsistent\": 1,\n"
                + "    \"undetermined\": 1\n"
                + "  }\n"
                + "}\n", ReportJson.toJson(REPORT));
        assertEquals("{\n  \"findings\": [],\n  \"summary\": {\n    \"consistent\": 0,\n    \"inconsistent\": 0,\n"
                + "    \"undetermined\": 0\n  }\n}\n", ReportJson.toJson(Report.of(List.of())));
    }

    @Test
    void test_reportCsv() throws IOException {
        StringWriter out = new StringWriter();
        ReportCsv.write(REPORT, out);
        assertEquals("check,verdict,observations,stated_low,stated_high,derived_low,derived_high,unit,margin,margin_unit,message\n"
                + "share,CONSISTENT,signed-manufacturing-share,85,94,80,,%,0,pp,\"over 210 / nearly 250 = (84, +inf) %, stated over 85 %\"\n"
                + "growth,INCONSISTENT,yibin-income-growth-2022 yibin-income-2022 yibin-income-2021,58.65,58.75,58.6455,58.648,%,0.0020,pp,"
                + "\"163.522 / 103.073 - 1 = 58.647 %, stated 58.7 %\"\n"
                + "fx,UNDETERMINED,findreams-cny findreams-usd,,,,,billion USD,,billion USD,no USD/CNY rate for 2023\n",
                out.toString());
    }
}
