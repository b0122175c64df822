# A realistic report: aligned table with format specs, totals, percentages and a histogram.
rows = [("Widget", 4, 3.5), ("Gadget, deluxe", 12, 19.99), ("Gizmo", 1, 1250.0), ("Doohickey", 250, 0.05), ("Ünïcödé", 3, 7.25)]
header = f"{'Item':<16}{'Qty':>5}{'Price':>10}{'Total':>12}"
print(header)
print("=" * len(header))
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<16.16}{qty:>5d}{price:>10.2f}{total:>12,.2f}")
print("-" * len(header))
print(f"{'TOTAL':<16}{sum(q for _, q, _ in rows):>5}{'':>10}{grand:>12,.2f}")
print()
for name, qty, price in rows:
    share = qty * price / grand
    bar = "#" * round(share * 40)
    print("{:>14} |{:<40}| {:6.1%}".format(name[:14], bar, share))
print()
print("%-10s %8s %8s" % ("metric", "value", "delta"))
for metric, value, delta in [("latency", 12.345, -0.5), ("throughput", 10234.0, 12.25), ("errors", 3, 0)]:
    print("%-10s %8.2f %+8.1f%%" % (metric, value, delta))
print("{0:─^40}".format(" end "))
