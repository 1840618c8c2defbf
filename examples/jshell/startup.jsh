// industry-metrics JShell start-up: imports the library's packages.
import java.math.*;
import org.industrymetrics.*;
import org.industrymetrics.quantity.*;
import static org.industrymetrics.quantity.Unit.*;
