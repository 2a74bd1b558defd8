from index import deferred

deferred.install()  # before any module here imports Whoosh (see index/deferred.py)
