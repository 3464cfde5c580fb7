"""The Schedule page: the Gantt chart, its time scale and task tree, its undo commands and export."""
