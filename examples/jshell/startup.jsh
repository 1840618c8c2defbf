// industry-metrics JShell start-up: imports the library's packages and loads the seed dataset.
import java.math.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.industrymetrics.*;
import org.industrymetrics.quantity.*;
import org.industrymetrics.money.*;
import org.industrymetrics.period.*;
import org.industrymetrics.figure.*;
import org.industrymetrics.observation.*;
import org.industrymetrics.aggregate.*;
import org.industrymetrics.check.*;
import org.industrymetrics.csv.*;
import org.industrymetrics.json.*;
import org.industrymetrics.examples.*;
import static org.industrymetrics.quantity.Unit.*;
var seed = SeedDataset.load();
