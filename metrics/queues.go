package metrics

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/matchpoint/matchpoint/store"
)

var (
	queueDepth = prometheus.NewDesc("matchpoint_queue_depth",
		"Mails or webhook deliveries not delivered yet (pending or being sent), over all agencies.", []string{"queue"}, nil)
	queueAge = prometheus.NewDesc("matchpoint_queue_oldest_age_seconds",
		"Age of the oldest mail or webhook delivery not delivered yet; 0 when none waits.", []string{"queue"}, nil)
)

// queueCollector reads the queues from the database at each scrape, so
// every instance reports the same shared queue.
type queueCollector struct{ db *store.DB }

func (c queueCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- queueDepth
	ch <- queueAge
}

func (c queueCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	stats, err := c.db.QueueStats(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(queueDepth, err)
		return
	}
	for _, s := range stats {
		ch <- prometheus.MustNewConstMetric(queueDepth, prometheus.GaugeValue, float64(s.Depth), s.Queue)
		ch <- prometheus.MustNewConstMetric(queueAge, prometheus.GaugeValue, s.Oldest.Seconds(), s.Queue)
	}
}
