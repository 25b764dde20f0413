"""``inspect github``: the GitHub profile as the checks get it from the API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from presence_audit.render.fields import field_table, line, new_console, text_of

if TYPE_CHECKING:
    from presence_audit.core.artifacts import Artifact

SHOWN = ("login", "name", "bio", "blog", "company", "location", "email", "hireable",
         "twitter_username", "html_url", "public_repos", "followers", "created_at")


def render(artifact: Artifact) -> str:
    console, buffer = new_console()
    data = artifact.data
    error = data.get("error")
    if error:
        console.print(line(f"Could not read {data.get('login')} on GitHub: "
                           f"{error.get('kind')} — {error.get('message')}"))
        return text_of(buffer)
    rows: list[tuple[str, object]] = [(field, data.get(field)) for field in SHOWN]
    rows.append(("photo", "unknown (the API does not say whether the avatar is the default)"))
    rows.append(("read", artifact.detail))
    console.print(field_table(rows, empty="none"))
    return text_of(buffer)
