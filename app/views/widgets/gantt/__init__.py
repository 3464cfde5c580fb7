"""The Gantt chart: time scale, the painted chart with its mouse editing, the task tree beside it, export."""
