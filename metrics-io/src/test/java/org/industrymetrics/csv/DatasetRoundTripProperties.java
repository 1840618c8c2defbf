package org.industrymetrics.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.industrymetrics.io.DatasetTable;
import org.industrymetrics.json.DatasetJson;
import org.industrymetrics.observation.Dataset;
import org.industrymetrics.testkit.MetricsArbitraries;

/**
 * {@code read(write(d))} equals {@code d} in CSV and in JSON, and the canonical forms convert into
 * each other exactly: CSV to JSON to CSV, and JSON to CSV to JSON, give the same bytes.
 */
class DatasetRoundTripProperties {

    @Provide
    Arbitrary<Dataset> datasets() {
        return MetricsArbitraries.datasets();
    }

    /** Writes every table the way {@link DatasetCsv#write(Dataset, java.nio.file.Path)} does, in memory. */
    static Map<DatasetTable, String> csv(Dataset d) throws IOException {
        Map<DatasetTable, String> files = new EnumMap<>(DatasetTable.class);
        for (DatasetTable t : DatasetTable.values()) {
            if (t == DatasetTable.OBSERVATIONS || DatasetCsv.size(d, t) > 0) {
                StringWriter out = new StringWriter();
                DatasetCsv.write(d, t, out);
                files.put(t, out.toString());
            }
        }
        return files;
    }

    static Dataset readCsv(Map<DatasetTable, String> files) throws IOException {
        DatasetCsv.Builder b = DatasetCsv.reader();
        files.forEach((t, text) -> b.add(t, new StringReader(text), t.fileName()));
        return b.read();
    }

    @Property(tries = 200)
    void csv_readWrite_givesTheDataset(@ForAll("datasets") Dataset d) throws IOException {
        assertEquals(d, readCsv(csv(d)));
    }

    @Property(tries = 200)
    void json_readWrite_givesTheDataset(@ForAll("datasets") Dataset d) throws IOException {
        assertEquals(d, DatasetJson.read(new StringReader(DatasetJson.toJson(d)), "d.json"));
    }

    @Property(tries = 200)
    void csvToJsonToCsv_isByteIdentical(@ForAll("datasets") Dataset d) throws IOException {
        Map<DatasetTable, String> files = csv(d);
        String json = DatasetJson.toJson(readCsv(files));
        assertEquals(files, csv(DatasetJson.read(new StringReader(json), "d.json")));
    }

    @Property(tries = 200)
    void jsonToCsvToJson_isByteIdentical(@ForAll("datasets") Dataset d) throws IOException {
        String json = DatasetJson.toJson(d);
        Dataset fromJson = DatasetJson.read(new StringReader(json), "d.json");
        assertEquals(json, DatasetJson.toJson(readCsv(csv(fromJson))));
    }
}
