//go:build !linux

package cvtext

// limitSelf has no portable way to cap a process outside Linux; the
// parent's timeout still ends the child.
func limitSelf(memory, cpuSeconds int64) error { return nil }
