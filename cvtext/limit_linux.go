package cvtext

import (
	"fmt"
	"syscall"
)

// limitSelf caps this process's address space and processor seconds; the
// kernel then ends an allocation past the cap with an error (the Go runtime
// dies of it) and the process at the processor limit.
func limitSelf(memory, cpuSeconds int64) error {
	if memory > 0 {
		if err := syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: uint64(memory), Max: uint64(memory)}); err != nil {
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
