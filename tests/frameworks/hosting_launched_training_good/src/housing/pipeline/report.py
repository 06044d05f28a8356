"""Summarise the scored listings of the day into an HTML page; no model is fitted here."""
import pandas as pd
from scipy.stats import ks_2samp


def price_drift(reference_prices: pd.Series, current_prices: pd.Series) -> float:
    return float(ks_2samp(reference_prices, current_prices).pvalue)


def main() -> None:
    scored = pd.read_csv("artifacts/scored_today.csv")
    training = pd.read_csv("artifacts/training_prices.csv")
    p_value = price_drift(training["price"], scored["predicted_price"])
    scored.describe().to_html("artifacts/report.html")
    print(f"price drift p-value: {p_value:.4f}")


if __name__ == "__main__":
    main()
