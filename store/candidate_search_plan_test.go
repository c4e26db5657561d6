package store

import "testing"

// A1: after the probe, a PostgreSQL search walks on when the missing hits
// are near and takes the GIN index when they are sparse, on both sides of
// the line where the two cost the same.
func TestChooseSearchPlan_A1(t *testing.T) {
	for _, tc := range []struct {
		name                string
		found, need, window int
		rows                float64
		plan                searchPlan
		walk                int
	}{
		{"no hit in the window", 0, 51, 4000, 1e6, planIndex, 0},
		{"nothing missing", 51, 51, 4000, 1e6, planIndex, 0},
		{"no window", 3, 51, 0, 1e6, planIndex, 0},
		{"two short of a page: walk at least a window", 49, 51, 4000, 1e6, planWalk, 4000},
		{"one hit in the window: GIN", 1, 51, 4000, 1e6, planIndex, 0},
		// 6 hits: walk 45·4000/6 = 30,000 rows > 15 · 1,500 hits.
		{"just sparse enough for the GIN plan", 6, 51, 4000, 1e6, planIndex, 0},
		// 7 hits: walk ⌈44·4000/7⌉ = 25,143 rows ≤ 15 · 1,750 hits.
		{"just dense enough for the walk", 7, 51, 4000, 1e6, planWalk, 4 * 25143},
		{"a deep page needs a longer walk", 40, 1051, 4000, 1e6, planWalk, 4 * 101100},
		{"a small table makes the GIN plan cheap", 10, 51, 4000, 20000, planIndex, 0},
		{"never analysed: the window stands for the table", 49, 51, 4000, 0, planWalk, 4000},
		{"never analysed, sparse", 10, 51, 4000, -1, planIndex, 0},
	} {
		plan, walk := chooseSearchPlan(tc.found, tc.need, tc.window, tc.rows)
		if plan != tc.plan || walk != tc.walk {
			t.Errorf("%s: chooseSearchPlan(%d, %d, %d, %g) = %d, %d; want %d, %d",
				tc.name, tc.found, tc.need, tc.window, tc.rows, plan, walk, tc.plan, tc.walk)
		}
	}
}
