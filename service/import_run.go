package service

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/tabular"
)

// importBatch is how many rows one transaction writes: small enough that
// a write transaction holds SQLite's one writer briefly, large enough that
// commits do not dominate.
const importBatch = 500

// CheckImport is the dry run: every row is read, validated by the domain
// rules and looked up (which record it updates, which company it names)
// exactly as the import would, and every problem is reported by line and
// column; nothing is written but the import's report. Audited.
func (s *Service) CheckImport(ctx context.Context, by store.Actor, id domain.ID) (_ domain.Import, err error) {
	defer domain.Wrap(&err, "service.CheckImport(%d)", id)
	st := s.store()
	im, err := st.Import(ctx, id)
	if err != nil {
		return im, err
	}
	if im.Status != domain.ImportNew && im.Status != domain.ImportChecked {
		return im, errImportState
	}
	if err := domain.CheckMapping(im.Kind, im.Mapping); err != nil {
		return im, err
	}
	run, err := s.newImportRun(ctx, st, by, &im, true)
	if err != nil {
		return im, err
	}
	err = run.each(ctx, st, func(rows []importLine) error {
		for _, l := range rows {
			if err := run.row(ctx, st, l); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return im, err
	}
	im.Status, im.DryRun = domain.ImportChecked, true
	return im, s.audited(ctx, by, "import", "import_check", run.summary(), func(tx *store.Store) (domain.ID, error) {
		return im.ID, tx.SaveImport(ctx, &im, false)
	})
}

// StartImport marks an import running and runs it in the background (a
// large file takes minutes, longer than a request lives); its page shows
// the progress.
func (s *Service) StartImport(ctx context.Context, by store.Actor, id domain.ID) (err error) {
	defer domain.Wrap(&err, "service.StartImport(%d)", id)
	if err := s.claimImport(ctx, by, id); err != nil {
		return err
	}
	go func() {
		// The request's context ends with the request; the import goes on.
		_ = s.runImport(context.WithoutCancel(ctx), by, id)
	}()
	return nil
}

// RunImport claims and runs an import to its end, for commands and tests.
func (s *Service) RunImport(ctx context.Context, by store.Actor, id domain.ID) (_ domain.Import, err error) {
	defer domain.Wrap(&err, "service.RunImport(%d)", id)
	if err := s.claimImport(ctx, by, id); err != nil {
		return domain.Import{}, err
	}
	if err := s.runImport(ctx, by, id); err != nil {
		return domain.Import{}, err
	}
	return s.store().Import(ctx, id)
}

// claimImport moves a mapped import to running, once: a second start of
// the same import is refused.
func (s *Service) claimImport(ctx context.Context, by store.Actor, id domain.ID) error {
	return s.audited(ctx, by, "import", "import_run", "started", func(tx *store.Store) (domain.ID, error) {
		if err := tx.LockKey(ctx, fmt.Sprintf("import:%d", id)); err != nil {
			return 0, err
		}
		im, err := tx.Import(ctx, id)
		if err != nil {
			return 0, err
		}
		if im.Status != domain.ImportNew && im.Status != domain.ImportChecked {
			return 0, errImportState
		}
		if err := domain.CheckMapping(im.Kind, im.Mapping); err != nil {
			return 0, err
		}
		im.Status, im.DryRun = domain.ImportRunning, false
		im.ResetCounts()
		return im.ID, tx.SaveImport(ctx, &im, false)
	})
}

// runImport writes the rows batch by batch, each batch with its records'
// audit entries and the import's progress in one transaction. At the end
// the file is dropped; on an error the import is marked failed and what
// the committed batches wrote stays (running it again updates those).
func (s *Service) runImport(ctx context.Context, by store.Actor, id domain.ID) (err error) {
	st := s.store()
	im, err := st.Import(ctx, id)
	if err != nil {
		return err
	}
	run, err := s.newImportRun(ctx, st, by, &im, false)
	if err != nil {
		return s.failImport(ctx, &im, err)
	}
	err = run.each(ctx, st, func(rows []importLine) error {
		return st.InTx(ctx, func(tx *store.Store) error {
			// Two imports of the agency's records of one kind take turns
			// batch by batch: each looks up external ids and e-mail
			// addresses the other may be about to write (40 uploads of one
			// file make each record once).
			if err := tx.LockKey(ctx, "import:"+string(im.Kind)); err != nil {
				return err
			}
			for _, l := range rows {
				if err := run.row(ctx, tx, l); err != nil {
					return err
				}
			}
			return tx.SaveImport(ctx, &im, false)
		})
	})
	if err != nil {
		return s.failImport(ctx, &im, err)
	}
	im.Status = domain.ImportDone
	return s.audited(ctx, by, "import", "import_run", run.summary(), func(tx *store.Store) (domain.ID, error) {
		return im.ID, tx.SaveImport(ctx, &im, true)
	})
}

func (s *Service) failImport(ctx context.Context, im *domain.Import, cause error) error {
	im.Status = domain.ImportFailed
	if err := s.store().SaveImport(ctx, im, false); err != nil {
		return errors.Join(cause, err)
	}
	return cause
}

// importLine is one row of the file with its line.
type importLine struct {
	line  int
	cells []string
}

// each reads the file and hands its rows on in batches. The counts in
// the import are the run's own: a batch that fails to commit undoes its
// rows, and the import stops.
func (r *importRun) each(ctx context.Context, st *store.Store, batch func([]importLine) error) error {
	content, err := st.ImportContent(ctx, r.im.ID)
	if err != nil {
		return err
	}
	rd, err := tabular.Open(content)
	if err != nil {
		return errImportUnreadable
	}
	defer rd.Close()
	if _, _, err := rd.Next(); err != nil { // the header
		return errImportUnreadable
	}
	var rows []importLine
	flush := func() error {
		if len(rows) == 0 {
			return nil
		}
		saved := *r.im
		if err := batch(rows); err != nil {
			*r.im = saved
			return err
		}
		rows = rows[:0]
		return nil
	}
	for {
		cells, line, err := rd.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return errImportUnreadable
		}
		rows = append(rows, importLine{line: line, cells: cells})
		if len(rows) == importBatch {
			if err := flush(); err != nil {
				return err
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	return flush()
}
