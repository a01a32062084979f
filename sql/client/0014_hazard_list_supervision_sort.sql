-- The hazard list's 挂牌督办 (supervision listing) column (issue 11) sorts by coalesce(supervision_level, '') like
-- the other nullable columns (0004); without an index of its own, sorting 310,000 hazards by it took 280–340 ms
-- at province scale (issue 13's benchmark). With it, the window walks the index and stops after one window.
CREATE INDEX hazards_list_supervision ON hazards (coalesce(supervision_level, ''));
