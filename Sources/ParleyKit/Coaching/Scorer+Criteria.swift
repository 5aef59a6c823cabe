/// Each criterion's rule (docs/rubric.md), with its evidence and advice that fits what happened.
extension Scorer {
    func decide(_ criterion: Criterion, _ facts: ScoringFacts, weight: Int) -> Verdict {
        func verdict(_ passed: Bool, _ evidence: [Int], _ advice: @autoclosure () -> String) -> Verdict {
            Verdict(criterion: criterion, passed: passed, weight: weight, evidence: evidence, advice: passed ? nil : advice())
        }
        func anywhere(_ signal: Signal, _ advice: String) -> Verdict {
            let line = facts.first(signal)
            return verdict(line != nil, line.map { [$0.number] } ?? [], advice)
        }
        switch criterion {
        case .restatedPurpose: return restatedPurpose(facts, verdict)
        case .respectedTime: return respectedTime(facts, verdict)
        case .askedReferral:
            if let ask = facts.first(.jobAsk), Advice.mentionsReferral(ask.turn.text), facts.first(.referralAsk) == nil {
                return verdict(false, [ask.number], Advice.referralInsteadOfJob(ask))
            }
            return anywhere(.referralAsk, Advice.askedReferral)
        case .plannedFollowUp: return anywhere(.followUp, Advice.plannedFollowUp)
        case .avoidedJobAsk:
            let asks = facts.learner.filter { $0.signals.contains(.jobAsk) }
            return verdict(asks.isEmpty, asks.map(\.number), Advice.avoidedJobAsk(asks, facts))
        case .introducedSelf: return anywhere(.selfIntro, Advice.introducedSelf)
        case .askedOpenQuestions:
            let open = facts.learner.filter(\.isOpenQuestion)
            let closed = facts.learner.filter(\.isClosedQuestion)
            return verdict(open.count >= 3, open.map(\.number), Advice.openQuestions(open: open.count, closed: closed))
        case .letThemTalk:
            let shape = facts.shape
            let total = shape.learnerWords + shape.otherWords
            let passed = total > 0 && shape.otherWords * 5 >= total * 3
            let longest = shape.longestTurn.map { [$0.number] } ?? []
            return verdict(passed, passed ? [] : longest, Advice.letThemTalk(shape, facts))
        case .thanked: return anywhere(.thanks, Advice.thanked)
        case .offeredHelp: return anywhere(.giveBack, Advice.offeredHelp)
        }
    }

    /// A purpose line within the learner's first four lines and no later than the first question
    /// about the work.
    private func restatedPurpose(
        _ facts: ScoringFacts, _ verdict: (Bool, [Int], @autoclosure () -> String) -> Verdict
    ) -> Verdict {
        let firstQuestion = facts.learner.firstIndex { $0.isWorkQuestion }
        guard let purpose = facts.learner.firstIndex(where: { $0.signals.contains(.purpose) }) else {
            let evidence = firstQuestion.map { [facts.learner[$0].number] } ?? []
            return verdict(false, evidence, Advice.noPurpose(firstQuestion.map { facts.learner[$0] }))
        }
        let early = purpose < 4 && (firstQuestion.map { purpose <= $0 } ?? true)
        if early { return verdict(true, [facts.learner[purpose].number], "") }
        let question = firstQuestion.map { facts.learner[$0] }
        let evidence = [question?.number, facts.learner[purpose].number].compactMap { $0 }
        return verdict(false, evidence, Advice.latePurpose(question: question, purpose: facts.learner[purpose]))
    }

    /// Closed by the learner; within the slot or with the time pointed out after the warning; at
    /// most one question about the work after the warning before acknowledging the time.
    private func respectedTime(
        _ facts: ScoringFacts, _ verdict: (Bool, [Int], @autoclosure () -> String) -> Verdict
    ) -> Verdict {
        let close = facts.close
        let late = facts.warning.map { warning in facts.learner.filter { $0.number > warning.afterTurn } }
            ?? facts.learner.filter { $0.turn.clock >= facts.slotSeconds }
        let acknowledgements = late.filter { $0.signals.contains(.timeAck) }
        let firstAcknowledgement = acknowledgements.first?.number ?? Int.max
        let pressing = facts.afterWarning.filter { $0.isWorkQuestion && $0.number < firstAcknowledgement }
        var evidence = acknowledgements.map(\.number)
        if let close { evidence.append(close.number) }

        guard facts.ended == .closed, let close else {
            let advice = facts.ended == .timeUp ? Advice.timeUp(facts) : Advice.noClose(facts)
            return verdict(false, evidence + pressing.map(\.number), advice)
        }
        let inSlot = close.turn.clock <= facts.slotSeconds
        if !inSlot, acknowledgements.isEmpty {
            return verdict(false, evidence + pressing.map(\.number), Advice.ranOver(close, facts))
        }
        if pressing.count > 1 {
            return verdict(false, evidence + pressing.map(\.number), Advice.keptAsking(pressing, facts))
        }
        return verdict(true, evidence, "")
    }
}
