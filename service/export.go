package service

import (
	"context"
	"fmt"
	"io"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/tabular"
)

// ExportPage returns the rows of one page of a list (limit rows from
// offset, for the list's filter) and whether more follow.
type ExportPage func(ctx context.Context, limit, offset int) (rows [][]string, more bool, err error)

// exportPageSize is how many rows an export reads at a time.
const exportPageSize = 1000

// errExportFormat refuses a format other than CSV or XLSX.
var errExportFormat = &domain.ValidationError{Fields: domain.FieldErrors{"format": "validation.choice"}}

// ExportList writes a back-office list (issue 16 item 9) to w as CSV or
// XLSX: the header, then every row the list's filter selects, page by
// page. The export is audited (which list, which filter, which format)
// once its first page is read and before the first byte leaves; the persons in it are logged as read
// (F4) by the request's read log, as when the list is shown. Cells that
// a spreadsheet would take for a formula stay text (tabular's writer).
func (s *Service) ExportList(ctx context.Context, by store.Actor, list, filter string, format tabular.Format, header []string,
	page ExportPage, w io.Writer) (rows int, err error) {
	defer domain.Wrap(&err, "service.ExportList(%s)", list)
	if format != tabular.CSV && format != tabular.XLSX {
		return 0, errExportFormat
	}
	// The first page is read before anything else: a filter the list
	// cannot read is refused with nothing audited and nothing written.
	batch, more, err := page(ctx, exportPageSize, 0)
	if err != nil {
		return 0, err
	}
	detail := fmt.Sprintf("%s as %s", list, format)
	if filter != "" {
		detail += ", filter " + filter
	}
	if err := s.audited(ctx, by, "list", "list_export", detail, func(*store.Store) (domain.ID, error) { return 0, nil }); err != nil {
		return 0, err
	}
	tw, err := tabular.NewWriter(w, format)
	if err != nil {
		return 0, err
	}
	if err := tw.Write(header); err != nil {
		return 0, err
	}
	for offset := 0; ; {
		for _, r := range batch {
			if err := tw.Write(r); err != nil {
				return rows, err
			}
		}
		rows += len(batch)
		if !more {
			break
		}
		offset += exportPageSize
		if batch, more, err = page(ctx, exportPageSize, offset); err != nil {
			return rows, err
		}
	}
	return rows, tw.Close()
}
