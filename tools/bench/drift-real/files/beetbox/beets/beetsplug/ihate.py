"""Warns you about things you hate (or even blocks import)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from beets.importer import Action
from beets.library import Album, Item, parse_query_string
from beets.plugins import BeetsPlugin

if TYPE_CHECKING:
    from beets.importer import ImportSession, ImportTask


__author__ = "baobab@heresiarch.info"
__version__ = "2.0"


class IHatePlugin(BeetsPlugin):
    def __init__(self) -> None:
        super().__init__()
        self.register_listener(
            "import_task_choice", self.import_task_choice_event
        )
        self.config.add({"warn": [], "skip": []})

    @classmethod
    def do_i_hate_this(cls, task, action_patterns):
        """Process group of patterns (warn or skip) and returns True if
        task is hated and not whitelisted.
        """
        if action_patterns:
            for query_string in action_patterns:
                query, _ = parse_query_string(
                    query_string, Album if task.is_album else Item
                )
                if any(query.match(item) for item in task.imported_items()):
                    return True
        return False

    def import_task_choice_event(
        self, session: ImportSession, task: ImportTask
    ) -> None:
        skip_queries = self.config["skip"].as_str_seq()
        warn_queries = self.config["warn"].as_str_seq()

        if task.choice_flag == Action.APPLY:
            if skip_queries or warn_queries:
                self._log.debug("processing your hate")
                if self.do_i_hate_this(task, skip_queries):
                    task.choice_flag = Action.SKIP
                    self._log.info("skipped: {}", task.source.desc)
                    return
                if self.do_i_hate_this(task, warn_queries):
                    self._log.info("you may hate this: {}", task.source.desc)
            else:
                self._log.debug("nothing to do")
        else:
            self._log.debug("user made a decision, nothing to do")
