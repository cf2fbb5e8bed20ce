// The batch both benchmarks send (bench:http end to end, bench:isolate in one isolate):
// realistic and valid items, birth dates with the matching printed expiry of a 10-year card,
// varied so that no two neighbours are alike.
export function batchItems(count) {
  return Array.from({ length: count }, (_, i) => {
    const monthDay = `${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    return {
      birthDate: `${1950 + (i % 45)}-${monthDay}`,
      cardExpiry: `${2028 + (i % 7)}-${monthDay}`,
      today: "2026-01-10",
    };
  });
}
