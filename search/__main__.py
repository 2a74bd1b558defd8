from search.front import main

main()
