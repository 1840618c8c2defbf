// industry-metrics JShell start-up: imports the library's packages.
import java.math.*;
import org.industrymetrics.*;
import org.industrymetrics.quantity.*;
import static org.industrymetrics.quantity.Unit.*;
import java.time.*;
import org.industrymetrics.money.*;
import org.industrymetrics.csv.*;
import static org.industrymetrics.money.Currencies.CNY;
import static org.industrymetrics.money.Currencies.USD;
import static org.industrymetrics.money.Currencies.EUR;
