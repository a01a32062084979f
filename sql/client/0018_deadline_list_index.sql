-- The hazard list's deadline filter (期限 from … to …, issue 13's budget: p95 ≤ 50 ms at province scale). The list
-- chooses a window of seqs from the filter's index and the sort key alone; with the deadline index holding only the
-- deadline, the default sort (found_at) read every matching row: the 10,899 hazards due in the next 30 days took
-- ~45–150 ms in random page reads. With found_at in the index the same window is chosen from the index alone
-- (~2–8 ms). Other sorts still read the rows; found_at is the list's default and the one inspectors keep.
DROP INDEX hazards_list_deadline;
CREATE INDEX hazards_list_deadline ON hazards (coalesce(effective_deadline, ''), found_at);
