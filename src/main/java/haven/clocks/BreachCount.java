package haven.clocks;

import java.time.YearMonth;

/** One cell of the monthly breach report: how many deadlines under a rule were breached in a London month. */
public record BreachCount(YearMonth month, RuleId rule, long breaches) {
}
