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

// MaxImportRows is the most rows one import takes.
const MaxImportRows = 250_000

// Refusals of an uploaded spreadsheet, shown on the upload form.
var (
	errImportUnreadable = &domain.ValidationError{Fields: domain.FieldErrors{"file": "import.file.unreadable"}}
	errImportEmpty      = &domain.ValidationError{Fields: domain.FieldErrors{"file": "import.file.empty"}}
	errImportTooMany    = &domain.ValidationError{Fields: domain.FieldErrors{"file": "import.file.too_many_rows"}}
	errImportTooWide    = &domain.ValidationError{Fields: domain.FieldErrors{"file": "import.file.too_wide"}}
	errImportLongCell   = &domain.ValidationError{Fields: domain.FieldErrors{"file": "import.file.cell_too_long"}}
	errImportKind       = &domain.ValidationError{Fields: domain.FieldErrors{"kind": "validation.choice"}}
	errImportState      = &domain.Error{Kind: domain.KindConflict, Key: "import.state"}
)

// ImportUpload is the first step of an import (issue 16 item 8): the file
// is read through once (every row within the limits, at most
// MaxImportRows), its columns are mapped where their titles name a field,
// and it is kept until the import ran. Audited.
func (s *Service) ImportUpload(ctx context.Context, by store.Actor, kind domain.ImportKind, fileName string, content []byte) (_ domain.Import, err error) {
	defer domain.Wrap(&err, "service.ImportUpload")
	if !domain.ValidImportKind(kind) {
		return domain.Import{}, errImportKind
	}
	headers, rows, err := countRows(content)
	if err != nil {
		return domain.Import{}, err
	}
	im := domain.Import{Kind: kind, FileName: fileName, Mapping: domain.GuessMapping(kind, headers), Status: domain.ImportNew,
		RowsTotal: rows, CreatedBy: by.ID}
	err = s.audited(ctx, by, "import", "import_upload", fmt.Sprintf("%s, %d rows", kind, rows), func(tx *store.Store) (domain.ID, error) {
		err := tx.CreateImport(ctx, &im, content)
		return im.ID, err
	})
	return im, err
}

// countRows reads the header row and counts the rows under it.
func countRows(content []byte) ([]string, int, error) {
	r, err := tabular.Open(content)
	if err != nil {
		return nil, 0, errImportUnreadable
	}
	defer r.Close()
	headers, _, err := r.Next()
	if errors.Is(err, io.EOF) {
		return nil, 0, errImportEmpty
	} else if err != nil {
		return nil, 0, readRefusal(err)
	}
	n := 0
	for {
		_, _, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, 0, readRefusal(err)
		}
		if n++; n > MaxImportRows {
			return nil, 0, errImportTooMany
		}
	}
	if n == 0 {
		return nil, 0, errImportEmpty
	}
	return headers, n, nil
}

// readRefusal names what is wrong with a file the reader stopped at.
func readRefusal(err error) error {
	switch {
	case errors.Is(err, tabular.ErrTooWide):
		return errImportTooWide
	case errors.Is(err, tabular.ErrCellTooLong):
		return errImportLongCell
	}
	return errImportUnreadable
}

// ImportPreview returns an import with its column titles and its first
// rows, for the mapping step.
func (s *Service) ImportPreview(ctx context.Context, id domain.ID, n int) (_ domain.Import, headers []string, rows [][]string, err error) {
	defer domain.Wrap(&err, "service.ImportPreview(%d)", id)
	st := s.store()
	im, err := st.Import(ctx, id)
	if err != nil {
		return im, nil, nil, err
	}
	content, err := st.ImportContent(ctx, id)
	if err != nil || len(content) == 0 {
		return im, nil, nil, err
	}
	r, err := tabular.Open(content)
	if err != nil {
		return im, nil, nil, errImportUnreadable
	}
	defer r.Close()
	for len(rows) <= n {
		row, _, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return im, nil, nil, errImportUnreadable
		}
		if headers == nil {
			headers = row
			continue
		}
		rows = append(rows, row)
	}
	return im, headers, rows, nil
}

// SaveImportMapping sets which field each column fills. A mapping that
// misses a required field or fills one twice is refused; a new mapping
// makes an earlier dry run's report stale, so it is cleared.
func (s *Service) SaveImportMapping(ctx context.Context, by store.Actor, id domain.ID, m domain.ImportMapping) (err error) {
	defer domain.Wrap(&err, "service.SaveImportMapping(%d)", id)
	return s.audited(ctx, by, "import", "update", "mapping", func(tx *store.Store) (domain.ID, error) {
		im, err := tx.Import(ctx, id)
		if err != nil {
			return 0, err
		}
		if im.Status != domain.ImportNew && im.Status != domain.ImportChecked {
			return 0, errImportState
		}
		if len(m) != len(im.Mapping) {
			return 0, &domain.ValidationError{Fields: domain.FieldErrors{"mapping": "validation.choice"}}
		}
		if err := domain.CheckMapping(im.Kind, m); err != nil {
			return 0, err
		}
		im.Mapping, im.Status, im.DryRun = m, domain.ImportNew, false
		im.ResetCounts()
		return im.ID, tx.SaveImport(ctx, &im, false)
	})
}

// Imports lists the agency's latest imports.
func (s *Service) Imports(ctx context.Context) (_ []domain.Import, err error) {
	defer domain.Wrap(&err, "service.Imports")
	return s.store().Imports(ctx, 50)
}

// Import returns one import.
func (s *Service) Import(ctx context.Context, id domain.ID) (_ domain.Import, err error) {
	defer domain.Wrap(&err, "service.Import(%d)", id)
	return s.store().Import(ctx, id)
}
