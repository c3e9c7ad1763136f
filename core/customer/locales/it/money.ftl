# postpurchase customer texts, Italian: area `money`.
# Arguments are formatted by the caller (money, dates, lists) except counts, which select plurals.

## Money: currency symbols where CLDR differs from the compiled currency data (CODE:symbol, comma-separated; none for none)

currency-symbols = USD:USD
