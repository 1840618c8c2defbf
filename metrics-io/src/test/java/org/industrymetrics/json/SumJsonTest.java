package org.industrymetrics.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.industrymetrics.aggregate.Aggregation;
import org.industrymetrics.aggregate.GroupBy;
import org.industrymetrics.aggregate.OverlapPolicy;
import org.industrymetrics.aggregate.SumResult;
import org.industrymetrics.csv.DatasetCsv;
import org.industrymetrics.csv.SumCsv;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.observation.Dataset;
import org.junit.jupiter.api.Test;

class SumJsonTest {

    private static final String HEADER = "id,subject,metric,period,measure,value,unit,base,qualifier,precision,status,source,quote\n";

    static Dataset dataset() throws IOException {
        return DatasetCsv.reader()
                .add(DatasetTable.OBSERVATIONS, new StringReader(HEADER
                        + "a,CN-SC,output_value,2024,level,20,billion CNY,,,,,,\n"
                        + "b,CN-SC,output_value,2024,level,2.75,billion USD,,about,,,,\n"
                        + "c,CN-CQ,output_value,2024,level,30.5,billion CNY,,over,,,,\n"
                        + "d,CN-CQ,output_value,2023,level,28,billion CNY,,,,,,\n"), "observations.csv")
                .add(DatasetTable.RATES, new StringReader("date,base,quote,rate\n2024,USD,CNY,7.1957\n"), "rates.csv")
                .read();
    }

    @Test
    void test_sumJson_and_sumCsv() throws IOException {
        // one output value printed in yuan and in dollars: the yuan figure is kept, the dollar one listed as dropped
        SumResult sum = Aggregation.inUnit("billion CNY").by(GroupBy.SUBJECT, GroupBy.PERIOD)
                .overlapPolicy(OverlapPolicy.parse("unit=CNY")).build().sum(dataset());
        assertEquals("{\n"
                + "  \"unit\": \"billion CNY\",\n"
                + "  \"policy\": \"unit=CNY\",\n"
                + "  \"groups\": [\n"
                + "    {\n"
                + "      \"key\": {\"subject\": \"CN-CQ\", \"period\": \"2023\"},\n"
                + "      \"total\": {\"low\": \"27.5\", \"high\": \"28.5\"},\n"
                + "      \"figure\": \"28\",\n"
                + "      \"count\": 1\n"
                + "    },\n"
                + "    {\n"
                + "      \"key\": {\"subject\": \"CN-CQ\", \"period\": \"2024\"},\n"
                + "      \"total\": {\"low\": \"30.5\", \"high\": \"33.6\", \"lowOpen\": true},\n"
                + "      \"figure\": \"over 30.5\",\n"
                + "      \"count\": 1\n"
                + "    },\n"
                + "    {\n"
                + "      \"key\": {\"subject\": \"CN-SC\", \"period\": \"2024\"},\n"
                + "      \"total\": {\"low\": \"19.5\", \"high\": \"20.5\"},\n"
                + "      \"figure\": \"20\",\n"
                + "      \"count\": 1\n"
                + "    }\n"
                + "  ],\n"
                + "  \"dropped\": [\n"
                + "    {\n"
                + "      \"key\": {\"subject\": \"CN-SC\", \"period\": \"2024\"},\n"
                + "      \"id\": \"b\",\n"
                + "      \"count\": 1,\n"
                + "      \"kept\": \"a\",\n"
                + "      \"rule\": \"unit=CNY\",\n"
                + "      \"reason\": \"two levels of CN-SC output_value 2024, in billion CNY and billion USD\"\n"
                + "    }\n"
                + "  ]\n"
                + "}\n", SumJson.toJson(sum));
        StringWriter csv = new StringWriter();
        SumCsv.write(sum, csv);
        assertEquals("subject,period,low,high,figure,count,unit,rates,status,dropped\n"
                + "CN-CQ,2023,27.5,28.5,28,1,billion CNY,,actual,\n"
                + "CN-CQ,2024,30.5,33.6,over 30.5,1,billion CNY,,actual,\n"
                + "CN-SC,2024,19.5,20.5,20,1,billion CNY,,actual,\"b (kept a, unit=CNY)\"\n", csv.toString());
    }
}
