// Draws the charts of a page from the JSON it carries (<script type="application/json">), with ECharts' SVG renderer.
// A bar chart lists townships top to bottom in rank order; a click on a bar opens the page its link names.
(function () {
  'use strict';
  var INK = '#1f2933', BAR = '#1d5fa8', GRID = '#d5dbe1';

  function bars(spec) {
    return {
      aria: { enabled: true },
      animation: false,
      grid: { left: 8, right: 150, top: 10, bottom: 24, containLabel: true },
      xAxis: { type: 'value', axisLabel: { color: INK }, splitLine: { lineStyle: { color: GRID } } },
      yAxis: { type: 'category', inverse: true, data: spec.names, axisLabel: { color: INK, fontSize: 13 } },
      series: [{
        type: 'bar', name: spec.title, data: spec.values, itemStyle: { color: BAR }, barMaxWidth: 22,
        label: { show: true, position: 'right', color: INK, formatter: function (p) { return spec.labels[p.dataIndex]; } }
      }],
      tooltip: { trigger: 'item', formatter: function (p) { return p.name + '：' + spec.labels[p.dataIndex]; } }
    };
  }

  function line(spec) {
    return {
      aria: { enabled: true },
      animation: false,
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: spec.years, axisLabel: { color: INK } },
      yAxis: { type: 'value', axisLabel: { color: INK }, splitLine: { lineStyle: { color: GRID } } },
      series: [{ type: 'line', name: spec.title, data: spec.values, connectNulls: false, symbolSize: 8,
        itemStyle: { color: BAR }, label: { show: true, color: INK } }],
      tooltip: { trigger: 'axis' }
    };
  }

  function draw(el) {
    var data = JSON.parse(document.getElementById(el.dataset.chart).textContent);
    var spec = el.dataset.series ? data[el.dataset.series] : data;
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(spec.kind === 'line' ? line(spec) : bars(spec));
    if (spec.links) {
      chart.on('click', function (p) { if (spec.links[p.dataIndex]) { window.location.href = spec.links[p.dataIndex]; } });
    }
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart]').forEach(draw);
    document.body.dataset.chartsReady = 'true';
  });
})();
