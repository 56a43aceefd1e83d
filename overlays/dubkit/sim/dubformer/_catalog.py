"""The languages and voices the simulated Dubformer offers (a representative subset of the real lists)."""

from __future__ import annotations

__all__ = ["SOURCE_LANGS", "TARGET_LANGS", "VOICES"]

SOURCE_LANGS = ("ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "nl", "pl", "pt", "ru", "tr", "uk", "zh")
TARGET_LANGS = (
    "af-ZA", "am-ET", "ar-AE", "de-DE", "en-GB", "en-US", "es-ES", "es-MX", "fr-CA", "fr-FR", "hi-IN",
    "it-IT", "ja-JP", "ko-KR", "nl-NL", "pl-PL", "pt-BR", "pt-PT", "ru-RU", "tr-TR", "uk-UA", "zh-CN",
)  # fmt: skip

# Two neural voices per target language, keyed like the documentation's "53f154:af-ZA-AdriNeural".
_NAMES = {
    "af-ZA": ("Adri", "Willem"), "am-ET": ("Mekdes", "Ameha"), "ar-AE": ("Fatima", "Hamdan"),
    "de-DE": ("Katja", "Conrad"), "en-GB": ("Sonia", "Ryan"), "en-US": ("Jenny", "Guy"),
    "es-ES": ("Elvira", "Alvaro"), "es-MX": ("Dalia", "Jorge"), "fr-CA": ("Sylvie", "Antoine"),
    "fr-FR": ("Denise", "Henri"), "hi-IN": ("Swara", "Madhur"), "it-IT": ("Elsa", "Diego"),
    "ja-JP": ("Nanami", "Keita"), "ko-KR": ("SunHi", "InJoon"), "nl-NL": ("Colette", "Maarten"),
    "pl-PL": ("Agnieszka", "Marek"), "pt-BR": ("Francisca", "Antonio"), "pt-PT": ("Raquel", "Duarte"),
    "ru-RU": ("Svetlana", "Dmitry"), "tr-TR": ("Emel", "Ahmet"), "uk-UA": ("Polina", "Ostap"),
    "zh-CN": ("Xiaoxiao", "Yunxi"),
}  # fmt: skip
VOICES: dict[str, tuple[tuple[str, str, str], ...]] = {
    lang: (
        (feminine, f"53f154:{lang}-{feminine}Neural", "feminine"),
        (masculine, f"53f154:{lang}-{masculine}Neural", "masculine"),
    )
    for lang, (feminine, masculine) in _NAMES.items()
}
