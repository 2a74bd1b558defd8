from search.front import program

program()
