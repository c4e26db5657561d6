package cvtext

import (
	"fmt"
	"syscall"
)

// limitSelf caps this process's writable private memory and processor
// seconds; the kernel then ends an allocation past the cap with an error
// (the Go runtime dies of it) and the process at the processor limit.
//
// The cap is RLIMIT_DATA, not RLIMIT_AS: the Go runtime reserves address
// space it never touches (arena indexes, a heap base that is randomised),
// so an address-space cap made about one start in thirty die before
// reading anything. RLIMIT_DATA counts only the writable mappings, which
// is what a hostile file makes the parser fill.
func limitSelf(memory, cpuSeconds int64) error {
	if memory > 0 {
		if err := syscall.Setrlimit(syscall.RLIMIT_DATA, &syscall.Rlimit{Cur: uint64(memory), Max: uint64(memory)}); err != nil {
			return fmt.Errorf("cvtext: limit memory: %w", err)
		}
	}
	if cpuSeconds > 0 {
		if err := syscall.Setrlimit(syscall.RLIMIT_CPU, &syscall.Rlimit{Cur: uint64(cpuSeconds), Max: uint64(cpuSeconds)}); err != nil {
			return fmt.Errorf("cvtext: limit processor time: %w", err)
		}
	}
	return nil
}
