"""The editor's bundle (hooks/plan/postbuild/admin_site.py) is made once per lock and source
version and kept in node_modules/.cache; two builds at once (the preview and a build, or the test
run's workers) must not spoil it for each other."""

import shutil
from concurrent.futures import ThreadPoolExecutor

from plan.postbuild import admin_site


def test_two_builds_at_once_make_one_whole_bundle(tmp_path, node_modules):
    root = tmp_path / "project"
    (root / "node_modules").mkdir(parents=True)
    for entry in node_modules.iterdir():  # the packages, but a cache of its own
        if entry.name != ".cache":
            (root / "node_modules" / entry.name).symlink_to(entry)
    shutil.copy(node_modules.parent / "package-lock.json", root)
    shutil.copytree(node_modules.parent / admin_site.FOLDER, root / admin_site.FOLDER)

    def build(n: int):  # as a build does: the bundle, then copied into the site
        made = admin_site.bundle(root)
        shutil.copytree(made, tmp_path / f"site{n}")
        return made

    with ThreadPoolExecutor(3) as pool:
        made = list(pool.map(build, range(3)))
    assert made[0] == made[1] == made[2] and (made[0] / "main.js").is_file() and (made[0] / "assets").is_dir()
    assert all(sorted(p.name for p in (tmp_path / f"site{n}").iterdir()) == sorted(p.name for p in made[0].iterdir())
               for n in range(3))
    assert [p.name for p in made[0].parent.iterdir()] == [made[0].name]  # no half-made folder left
    assert admin_site.bundle(root) == made[0]  # made once: the next build takes it
